// Accessibility matcher `toBeAccessible()` for every screen test.
const { registerSa11yMatcher } = require('@sa11y/jest');

registerSa11yMatcher();
