# The lines WebKitGTK's web process prints to stderr, told apart for webkit_driver.py:
# console messages (with `enable-write-console-messages-to-stdout`) and GLib's own logging.
import re

# `[url:line:col: ]CONSOLE [SOURCE ]LEVEL text`: JavaScriptCore's ConsoleClient
# prefix (no SOURCE for console.*()); see parse_console_line.
CONSOLE_LINE = re.compile(
    r'^(?:(?P<url>\S+):\d+:\d+: )?CONSOLE (?:(?P<source>XML|JS|NETWORK|STORAGE|APPCACHE|RENDERING|CSS|SECURITY|'
    r'CONTENT-BLOCKER|MEDIA|MEDIASOURCE|WEBRTC|ITP-DEBUG|PRIVATE-CLICK-MEASUREMENT|PAYMENT-REQUEST|OTHER) )?'
    r'(?P<level>LOG|WARN|ERROR|DEBUG|INFO|TRACE|TABLE)(?: (?P<text>.*))?$', re.S)
LEVELS = {'LOG': 'log', 'WARN': 'warning', 'ERROR': 'error', 'DEBUG': 'debug', 'INFO': 'info', 'TRACE': 'log', 'TABLE': 'log'}
GLIB_LOG_LINE = re.compile(r'^(\(\S+:\d+\): |\*\* |\S+-(WARNING|CRITICAL|Message|DEBUG) )')


def parse_console_line(line):
    m = CONSOLE_LINE.match(line)
    if not m:
        return None
    return {'level': LEVELS[m['level']], 'text': m['text'] or '', 'source': m['source'] or 'CONSOLE-API', 'url': m['url']}
