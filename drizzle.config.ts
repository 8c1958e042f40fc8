import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/modules/**/*.tables.ts', './src/shared/**/*.tables.ts'],
  out: './drizzle',
  migrations: { schema: 'public' },
});
