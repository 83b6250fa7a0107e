// The GOV.UK Frontend components the templates use (data-module="govuk-..."), started once the page has loaded.
// A template that adds another data-module must add its component here (PageRoutesTest checks the list).
import { Button, Header, NotificationBanner, ServiceNavigation, SkipLink, createAll } from 'govuk-frontend';

[Button, Header, NotificationBanner, ServiceNavigation, SkipLink].forEach(function (Component) {
  createAll(Component);
});
