import { describe, expect, it } from 'vitest';
import { isLocalAddress } from '../src/site/site-url';

describe('isLocalAddress: addresses a poster printed for other devices could not reach', () => {
  it.each([
    ['http://localhost:4173/', ''],
    ['http://localhost./', 'a fully qualified localhost'],
    ['http://LOCALHOST/', ''],
    ['http://kompas.localhost/', ''],
    ['http://printer.local/', ''],
    ['http://printer.local./', ''],
    ['http://127.0.0.1:4173/', ''],
    ['http://127.1/', 'short IPv4 form'],
    ['http://2130706433/', 'IPv4 as one number'],
    ['http://0.0.0.0/', ''],
    ['http://10.0.0.1/', '10/8'],
    ['http://10.255.255.255/', '10/8'],
    ['http://172.16.0.1/', '172.16/12'],
    ['http://172.31.255.254/', '172.16/12'],
    ['http://192.168.1.20/', '192.168/16'],
    ['http://169.254.10.1/', '169.254/16 (link-local)'],
    ['http://[::1]:4173/', 'IPv6 loopback'],
    ['http://[0:0:0:0:0:0:0:1]/', 'IPv6 loopback written out'],
    ['http://[::]/', 'IPv6 unspecified'],
    ['http://[::ffff:127.0.0.1]/', 'IPv4-mapped loopback'],
    ['http://[::ffff:192.168.0.1]/', 'IPv4-mapped private'],
    ['http://[fc00::1]/', 'fc00::/7'],
    ['http://[fd12:3456::1]/', 'fc00::/7'],
    ['http://[fe80::1]/', 'fe80::/10'],
    ['http://[febf::1]/', 'fe80::/10, upper end'],
    ['not a url', ''],
  ])('%s is local %s', (url) => {
    expect(isLocalAddress(url)).toBe(true);
  });

  it.each([
    ['https://example.org/', ''],
    ['https://kompas.example.org./', 'a fully qualified name'],
    ['https://localhost.example.org/', '"localhost" as a subdomain of a public name'],
    ['https://local.example.org/', ''],
    ['http://172.32.0.1/', 'just past 172.16/12'],
    ['http://172.15.255.255/', 'just before 172.16/12'],
    ['http://11.0.0.1/', ''],
    ['http://192.169.0.1/', ''],
    ['http://169.255.0.1/', ''],
    ['http://128.0.0.1/', ''],
    ['http://8.8.8.8/', ''],
    ['http://[2001:db8::1]/', 'global IPv6'],
    ['http://[fec0::1]/', 'past fe80::/10'],
    ['http://[fe00::1]/', 'before fe80::/10'],
    ['http://[fb00::1]/', 'before fc00::/7'],
    ['http://[::ffff:8.8.8.8]/', 'IPv4-mapped public'],
  ])('%s is not local %s', (url) => {
    expect(isLocalAddress(url)).toBe(false);
  });
});
