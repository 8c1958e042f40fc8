// Container health check (deploy/Dockerfile, deploy/docker-compose.yml): exit 0 when this
// container's HTTP process answers 200 on /health/ready (database up, migrations current), else 1.
// Plain node without tsx so it starts fast every few seconds; slim images have no curl.
import { get } from 'node:http';
import process from 'node:process';

const port = Number(process.env.PORT || 3000);
// The app listens on HOST (0.0.0.0 by default, src/config.ts); a wildcard is reached on loopback.
const wildcard = !process.env.HOST || process.env.HOST === '0.0.0.0' || process.env.HOST === '::';
const host = wildcard ? '127.0.0.1' : process.env.HOST;

function done(ok, what) {
  process.stdout.write(`${ok ? 'ready' : 'not ready'}: ${what}\n`);
  process.exit(ok ? 0 : 1);
}

const request = get({ host, port, path: '/health/ready', timeout: 4000 }, (response) => {
  response.resume();
  done(response.statusCode === 200, `GET http://${host}:${port}/health/ready answered ${response.statusCode}`);
});
request.on('timeout', () => request.destroy(new Error('no answer within 4 s')));
request.on('error', (error) => done(false, `GET http://${host}:${port}/health/ready: ${error.message}`));
