// Drops the MariaDB databases a CI run's test files created (named with its TEST_DB_PREFIX) and left behind.
const mysql = require('mysql2/promise');

async function main() {
  const prefix = process.env.TEST_DB_PREFIX;
  if (!prefix || !/^dk_[a-z0-9_]+$/.test(prefix)) throw new Error('TEST_DB_PREFIX must look like dk_ci_123_');
  const connection = await mysql.createConnection(process.env.TEST_MYSQL_URL);
  const [rows] = await connection.query('SHOW DATABASES LIKE ?', [`${prefix}%`]);
  for (const row of rows) await connection.query(`DROP DATABASE \`${Object.values(row)[0]}\``);
  await connection.end();
  if (rows.length > 0) console.log(`dropped ${rows.length} leftover test database(s)`);
}

main().catch((error) => {
  console.error(`could not drop test databases: ${error.message}`);
});
