// Marks the page as scripted before it is drawn, as GOV.UK Frontend expects (a file, not inline: docs/security.md).
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
