/**
 * nginx as the reference static server of bench:site: Debian's package (installed with apt-get
 * when missing), run in the foreground with a config of its own on a loopback port, serving files
 * that hold exactly the bytes Herold sent (gzip), with the same Content-Encoding.
 */
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

const BINARIES = ['/usr/sbin/nginx', '/usr/bin/nginx']
const binary = () => BINARIES.find((b) => fs.existsSync(b))

const install = () => {
  console.log('nginx is not installed: apt-get install -y nginx-light …')
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
  try {
    execFileSync('apt-get', ['install', '-y', '-qq', 'nginx-light'], { stdio: 'inherit' })
  } catch {
    execFileSync('apt-get', ['install', '-y', '-qq', 'nginx'], { stdio: 'inherit' })
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = net.createServer()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })

/** Starts nginx over `files` (name → gzip bytes); each is served at `/<name>`. */
export const startNginx = async (dir: string, files: Record<string, Buffer>) => {
  if (!binary()) install()
  const nginx = binary()
  if (!nginx) throw new Error('nginx could not be installed (apt-get install nginx-light)')
  const www = path.join(dir, 'www')
  fs.mkdirSync(www, { recursive: true })
  // Its workers run as an unprivileged user: the files must be readable to them.
  fs.chmodSync(dir, 0o755)
  for (const [name, bytes] of Object.entries(files))
    fs.writeFileSync(path.join(www, name), bytes, { mode: 0o644 })
  const port = await freePort()
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes auto;
error_log ${path.join(dir, 'error.log')} warn;
pid ${path.join(dir, 'nginx.pid')};
events { worker_connections 4096; }
http {
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  default_type 'text/html; charset=utf-8';
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:${port};
    root ${www};
    location / {
      add_header Content-Encoding gzip;
      add_header Vary Accept-Encoding;
      try_files $uri =404;
    }
  }
}
`,
  )
  const child = spawn(nginx, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const baseURL = `http://127.0.0.1:${port}`
  for (let i = 0; ; i++) {
    try {
      await fetch(`${baseURL}/`)
      break
    } catch {
      if (i > 100 || child.exitCode !== null) throw new Error('nginx did not start')
      await new Promise((r) => setTimeout(r, 50))
    }
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGQUIT')
    })
  return { baseURL, stop }
}
