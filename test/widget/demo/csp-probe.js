// Test-only: put first in <head> of the demo pages by test/widget/demo/wtr-plugins.mjs.
// Records every Content-Security-Policy violation, so a test can assert there is none.
window.__kiutCspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__kiutCspViolations.push({
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    source: event.sourceFile,
    line: event.lineNumber,
    sample: event.sample,
  });
});
