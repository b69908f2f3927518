// `npm run deploy:nginx`: prints the nginx server block for the build's base (HULPWIJZER_BASE, "/" by
// default), made from src/policy.ts. deploy/nginx/hulpwijzer.conf is this for "/":
//   npm run --silent deploy:nginx > deploy/nginx/hulpwijzer.conf
//   HULPWIJZER_BASE=/hulpwijzer/ npm run --silent deploy:nginx > hulpwijzer.conf
import { runnerImport } from 'vite';

const base = process.env.HULPWIJZER_BASE || '/';
const { module } = await runnerImport('./src/deploy/nginx.ts');
const { module: paths } = await runnerImport('./src/base-path.ts');
const problem = paths.baseProblem(base);
if (problem) {
  console.error(problem);
  process.exit(1);
}
process.stdout.write(module.nginxConfig(base));
