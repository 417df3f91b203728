// Loaded by mocha before any test file (see .mocharc.json).
process.env.TZ = process.env.TZ || 'UTC';
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'silent';
