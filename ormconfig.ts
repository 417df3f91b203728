import 'reflect-metadata';
import { loadConfig } from './src/config';
import { createDataSource } from './src/database';

/** The one DataSource for the TypeORM CLI and the service: SQLite file by default, MySQL/MariaDB by DATABASE_URL. */
export default createDataSource(loadConfig().database);
