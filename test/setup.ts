// Loaded by mocha before any test file (see .mocharc.json).
// Run in Helsinki's zone on purpose: any place that leaks local time instead of UTC shows up.
process.env.TZ = process.env.TZ || 'Europe/Helsinki';
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'silent';
