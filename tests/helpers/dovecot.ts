/**
 * A real IMAP server on loopback for the bounce mailbox tests: Debian's Dovecot, started in the
 * foreground (`dovecot -F`) with a configuration of its own in a temp directory: plain login over
 * loopback from a passwd-file, maildir storage in the directory, its log in `dovecot.log` there.
 * Run as root (CI containers), Dovecot keeps mail under its own `dovecot` user, as it refuses
 * mail access with UID 0; otherwise everything runs as the current user.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export type Dovecot = {
  dir: string
  port: number
  user: string
  password: string
  url: string
  log: () => string
  stop: () => Promise<void>
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

const listening = async (port: number, deadline: number) => {
  while (Date.now() < deadline) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1')
      socket.once('connect', () => (socket.destroy(), resolve(true)))
      socket.once('error', () => resolve(false))
    })
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`Dovecot did not listen on ${port}`)
}

const idOf = (flag: '-g' | '-u', name: string) =>
  Number(execFileSync('id', [flag, name]).toString().trim())

export const startDovecot = async (): Promise<Dovecot> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herold-dovecot-'))
  fs.chmodSync(dir, 0o755)
  const port = await freePort()
  const user = 'bounces'
  const password = 'zwroty-test'
  const root = process.getuid?.() === 0
  const me = os.userInfo().username
  const group = root ? '' : execFileSync('id', ['-gn']).toString().trim()
  const uid = root ? idOf('-u', 'dovecot') : process.getuid!()
  const gid = root ? idOf('-g', 'dovecot') : process.getgid!()
  for (const sub of ['run', 'state', 'mail']) fs.mkdirSync(path.join(dir, sub))
  fs.chownSync(path.join(dir, 'mail'), uid, gid)
  fs.writeFileSync(path.join(dir, 'passwd'), `${user}:{PLAIN}${password}::::::\n`)
  const log = path.join(dir, 'dovecot.log')
  fs.writeFileSync(
    path.join(dir, 'dovecot.conf'),
    [
      `base_dir = ${dir}/run`,
      `state_dir = ${dir}/state`,
      `log_path = ${log}`,
      `info_log_path = ${log}`,
      'protocols = imap',
      'listen = 127.0.0.1',
      'ssl = no',
      'disable_plaintext_auth = no',
      'auth_mechanisms = plain login',
      `mail_location = maildir:${dir}/mail/%u`,
      `first_valid_uid = ${uid}`,
      ...(root
        ? []
        : [
            `default_internal_user = ${me}`,
            `default_internal_group = ${group}`,
            `default_login_user = ${me}`,
          ]),
      'passdb {',
      '  driver = passwd-file',
      `  args = scheme=PLAIN username_format=%u ${dir}/passwd`,
      '}',
      'userdb {',
      '  driver = static',
      `  args = uid=${uid} gid=${gid} home=${dir}/mail/%u`,
      '}',
      'service imap-login {',
      `  inet_listener imap {\n    address = 127.0.0.1\n    port = ${port}\n  }`,
      '  inet_listener imaps {\n    port = 0\n  }',
      ...(root ? [] : ['  chroot =']),
      '}',
      'service anvil {\n  chroot =\n}',
      'service stats {\n  unix_listener stats-writer {\n    mode = 0666\n  }\n}',
      '',
    ].join('\n'),
  )
  const child: ChildProcess = spawn('dovecot', ['-F', '-c', path.join(dir, 'dovecot.conf')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()))
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()))
  const readLog = () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '') + output
  try {
    await listening(port, Date.now() + 10_000)
  } catch (error) {
    child.kill('SIGTERM')
    throw new Error(`${(error as Error).message}\n${readLog()}`, { cause: error })
  }
  return {
    dir,
    log: readLog,
    password,
    port,
    stop: async () => {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
    url: `imap://127.0.0.1:${port}`,
    user,
  }
}
