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

// A glossary term's meaning shows while the term is hovered or focused (cop.scss); Escape
// hides it without moving the pointer or focus, until they leave the term (WCAG 1.4.13).
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  for (const term of document.querySelectorAll(".cop-term:hover, .cop-term:focus")) {
    term.classList.add("cop-term--dismissed");
  }
});
for (const leaving of ["mouseleave", "blur"]) {
  document.addEventListener(leaving, (event) => {
    const term = event.target;
    if (term.classList && term.classList.contains("cop-term")) {
      term.classList.remove("cop-term--dismissed");
    }
  }, true);
}
