// Classic script, first in <head>: records every CSP / Trusted Types violation on the page.
window.verikitViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.verikitViolations.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample });
});
