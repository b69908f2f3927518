import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { include: ['tests/unit/plan.test.ts'], environment: 'node', root: process.cwd() } });
