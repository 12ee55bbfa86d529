import { Command, Option } from 'commander';
import { ConfigError } from './config';
import { configFromEnvironment, readVersion, startServer } from './main';
import { createAdministrator } from './modules/setup/setup.service';
import { openDatabase } from './platform/db/client';

const program = new Command('musubi')
  .description('Musubi: coordination platform for volunteer centers, NPO support centers and time banks')
  .version(readVersion());

program
  .command('start', { isDefault: true })
  .description('run the server (migrations are applied on start)')
  .option('--demo', 'run on a separate data folder filled with the demo network')
  .action(async (options: { demo?: boolean }) => {
    await startServer(configFromEnvironment(), { demo: options.demo });
  });

program
  .command('demo')
  .description('same as `start --demo`')
  .action(async () => {
    await startServer(configFromEnvironment(), { demo: true });
  });

program
  .command('migrate')
  .description('apply pending database migrations and exit')
  .action(async () => {
    const config = configFromEnvironment();
    const database = await openDatabase(config.database);
    await database.migrate();
    await database.close();
    process.stdout.write(`Migrations applied (${database.kind}).\n`);
  });

program
  .command('create-admin')
  .description('create an administrator account for an organization (or make an existing account one)')
  .requiredOption('--email <email>', 'e-mail address to sign in with')
  .requiredOption('--name <name>', 'display name')
  .addOption(new Option('--password <password>', 'password (at least 8 characters)').env('MUSUBI_ADMIN_PASSWORD'))
  .option('--org <orgId>', 'organization id; defaults to the only organization when there is just one')
  .action(async (options: { email: string; name: string; password?: string; org?: string }) => {
    const config = configFromEnvironment();
    const database = await openDatabase(config.database);
    try {
      await database.migrate();
      const result = await createAdministrator(database.db, options);
      process.stdout.write(
        `${result.created ? 'Created' : 'Updated'} ${result.email}: ${result.role} of ${result.orgName}.\n`,
      );
    } finally {
      await database.close();
    }
  });

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`musubi: ${(err as Error).message ?? String(err)}\n`);
  }
  process.exit(1);
});
