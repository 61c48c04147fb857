// Starts GOV.UK Frontend's components (the menu toggle, tabs, error summary focus, character
// counts). A module script: it runs once the page is parsed, and only in browsers that
// GOV.UK Frontend supports, which is what the body's classes tell its styles.
import { initAll } from "../vendor/govuk-frontend/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
