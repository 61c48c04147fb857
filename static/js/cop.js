// Starts GOV.UK Frontend's components (the menu toggle, tabs, error summary focus, character
// counts). A module script: it runs once the page is parsed, and only in browsers that
// GOV.UK Frontend supports, which is what the body's classes tell its styles.
import { initAll } from "../vendor/govuk-frontend/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();

// A fix in place (templates/gate/_findings.html) swaps the form: focus goes to what it did,
// not back to the top of the page.
document.body.addEventListener("htmx:afterSettle", (event) => {
  const done = event.target.querySelector && event.target.querySelector("#gate-fixed");
  if (done) done.focus();
});
