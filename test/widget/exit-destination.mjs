// A stand-in for the quick exit's destination (the neutral site), on a second origin: its own
// server on 127.0.0.1 and another port, started and stopped with the test runner. It records
// the headers of every request, so a test can prove what the partner's page sent along with
// the reader: no Referer. In the browser, test/widget/safety/destination.ts reads it.
//
//   GET /land/<token>       a neutral page (200)
//   GET /no-content/<token> 204: the browser stays on the page it was leaving
//   GET /log/<token>        what /land and /no-content received for <token>, as JSON (CORS open)
// The test runner's own server answers GET /__kiut/exit-destination with this origin.
import {createServer} from 'node:http';
import {freePort} from './launchers.mjs';

export function exitDestination() {
  const requests = new Map();
  let server;
  let origin;
  return {
    name: 'kiut-exit-destination',
    async serverStart() {
      const port = await freePort(8760, 8779);
      server = createServer((req, res) => {
        const [, kind, token = ''] = new URL(req.url, 'http://x').pathname.split('/');
        if (kind === 'log') {
          res.writeHead(200, {'content-type': 'application/json', 'access-control-allow-origin': '*', 'cache-control': 'no-store'});
          res.end(JSON.stringify(requests.get(token) ?? []));
          return;
        }
        if (kind === 'land' || kind === 'no-content') {
          const list = requests.get(token) ?? [];
          list.push({path: req.url, headers: req.headers});
          requests.set(token, list);
          if (kind === 'no-content') {
            res.writeHead(204, {'cache-control': 'no-store'});
            res.end();
            return;
          }
          res.writeHead(200, {'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store'});
          res.end(
            '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Weather</title></head><body><p id="exit-target">A neutral page.</p></body></html>',
          );
          return;
        }
        res.writeHead(404);
        res.end();
      });
      await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${port}`;
    },
    async serverStop() {
      server?.closeAllConnections();
      await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
    },
    serve(context) {
      if (context.path === '/__kiut/exit-destination') return {body: JSON.stringify({origin}), type: 'application/json'};
      return undefined;
    },
  };
}
