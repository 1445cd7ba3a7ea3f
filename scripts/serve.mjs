// Serves the built book from out/ (run `npm run build` first, or use `npm start`).
// Usage: node scripts/serve.mjs [--port 3000] [--base /shufflenet] [--dir out] [--headers]
// --headers sends the headers of <dir>/_headers (the Content-Security-Policy) like a static host that reads it.
import { startStaticServer } from './static-server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const { url } = await startStaticServer({
  root: option('dir', 'out'),
  basePath: option('base', process.env.BASE_PATH ?? ''),
  port: Number(option('port', process.env.PORT ?? 3000)),
  host: option('host', '127.0.0.1'),
  headers: args.includes('--headers'),
});
console.log(`The book is served at ${url}  (Ctrl+C to stop)`);
