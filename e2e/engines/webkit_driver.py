#!/usr/bin/python3
# WebKitGTK 2.50 (Safari's CORS engine, WebCore) driven through its GObject
# bindings, for e2e/engines/webkit.ts. JSON lines on stdin/stdout: one request
# {"id", "cmd", ...} -> one answer {"id", "ok", "result"|"error"}; the first
# line out is {"ready": true, "version", "cookiePolicy"}.
#
# Why this shape (../shared/reference/browsers.md): WebKitWebDriver's sessions
# are ephemeral and print no console; a non-ephemeral WebsiteDataManager with
# `enable-write-console-messages-to-stdout` makes the web process print every
# console message to its stderr, which it inherits from us. So:
# 1. fd 2 becomes a pipe we read (before any web process exists); lines that
#    are not console messages go on to the real stderr.
# 2. One page at a time per process: every console line is that page's (the
#    TypeScript side starts another process for a page opened in parallel).
# 3. console()/clear_console() first log a marker from the page and wait for
#    it, so every message the page printed before is in (one process, in order).
# 4. Xvfb is ours (started here, -displayfd) and we die with our parent
#    (PR_SET_PDEATHSIG); WebKit's own processes die with us.
import ctypes, json, os, shutil, signal, subprocess, sys, tempfile

PR_SET_PDEATHSIG = 1


def die_with_parent(sig=signal.SIGKILL):
    ctypes.CDLL('libc.so.6', use_errno=True).prctl(PR_SET_PDEATHSIG, sig)


def start_xvfb():
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(['Xvfb', '-displayfd', str(write_end), '-screen', '0', '1280x900x24', '-nolisten', 'tcp'],
                            pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            preexec_fn=lambda: die_with_parent(signal.SIGTERM))
    os.close(write_end)
    display = os.fdopen(read_end).readline().strip()  # Xvfb writes its display number once it listens
    if not display:
        raise SystemExit('webkit_driver: Xvfb did not start')
    os.environ['DISPLAY'] = ':' + display
    return xvfb


die_with_parent()
XVFB = start_xvfb() if not os.environ.get('WEBKIT_DRIVER_USE_DISPLAY') else None
REAL_STDERR = os.fdopen(os.dup(2), 'w', buffering=1)
_console_read, _console_write = os.pipe()
os.dup2(_console_write, 2)
os.close(_console_write)
OUT = sys.stdout
sys.stdout = REAL_STDERR  # nothing but answers on the protocol channel

import gi  # noqa: E402  (after the display and fd 2 are set up)
gi.require_version('WebKit2', '4.1')
gi.require_version('Gtk', '3.0')
from gi.repository import Gio, GLib, Gtk, WebKit2  # noqa: E402

sys.dont_write_bytecode = True  # no __pycache__ beside the sources
from webkit_console import GLIB_LOG_LINE, parse_console_line  # noqa: E402

MARKER = '__webkit_driver_marker_'
SYNC_TIMEOUT_MS = 15000  # a marker can take seconds to come back on a loaded machine
DEBUG = bool(os.environ.get('WEBKIT_DRIVER_DEBUG'))


class Page:
    """A WebView in the driver's WebContext, whose data store is emptied when the page closes."""

    def __init__(self, driver, number):
        self.driver, self.id = driver, 'p%d' % number
        self.context = driver.context
        self.view = WebKit2.WebView.new_with_context(self.context)
        settings = self.view.get_settings()
        settings.set_enable_write_console_messages_to_stdout(True)
        # Xvfb has no GPU: GL through llvmpipe would cost CPU for nothing (the page is never looked at).
        settings.set_hardware_acceleration_policy(WebKit2.HardwareAccelerationPolicy.NEVER)
        self.window = Gtk.OffscreenWindow(default_width=1280, default_height=900)
        self.window.add(self.view)
        self.window.show_all()
        self.lines, self.load, self.crashed = [], None, None  # lines: every console message since open/clear
        self.view.connect('load-changed', self.on_load_changed)
        self.view.connect('load-failed', self.on_load_failed)
        self.view.connect('web-process-terminated', self.on_terminated)

    def on_load_changed(self, _view, event):
        # Only this navigation's FINISHED: the one WebKit emits after a failed load may come after the next goto.
        if event == WebKit2.LoadEvent.STARTED and self.load:
            self.load_started = True
        elif event == WebKit2.LoadEvent.FINISHED and self.load and self.load_started:
            self.finish_load(None)

    def on_load_failed(self, _view, _event, uri, error):
        if self.load:
            self.finish_load('load failed: %s (%s)' % (error.message, uri))
        return True  # no error page: the page stays as it was

    def on_terminated(self, _view, reason):
        self.crashed = 'the web process ended (%s)' % reason.value_nick
        if self.load:
            self.finish_load(self.crashed)

    def finish_load(self, error):
        reply, timer = self.load
        self.load = None
        GLib.source_remove(timer)
        reply(None, error)

    def goto(self, url, timeout_ms, reply):
        if self.load:
            return reply(None, 'a navigation is already under way')

        def timed_out():
            self.load = None
            self.view.stop_loading()
            reply(None, 'timed out after %d ms loading %s' % (timeout_ms, url))
            return False
        self.load, self.load_started = (reply, GLib.timeout_add(timeout_ms, timed_out)), False
        self.view.load_uri(url)

    def evaluate(self, body, arg, timeout_ms, reply):
        """Runs `body` as an async function of `arg` in the main frame; the answer is its JSON result."""
        if self.crashed:
            return reply(None, self.crashed)
        source = ('const value = await (async (arg) => {\n%s\n})(%s);\n'
                  'return JSON.stringify(value === undefined ? null : value) ?? "null";') % (body, json.dumps(arg))
        cancellable = Gio.Cancellable()
        done = {'timer': None}

        def finished(view, result):
            if done['timer'] is None:
                return
            GLib.source_remove(done['timer'])
            done['timer'] = None
            try:
                value = view.call_async_javascript_function_finish(result)
                reply(json.loads(value.to_string()), None)
            except GLib.Error as e:
                reply(None, e.message)
            except ValueError as e:
                reply(None, 'the result is not JSON: %s' % e)

        def timed_out():
            done['timer'] = None
            cancellable.cancel()
            reply(None, 'evaluate timed out after %d ms' % timeout_ms)
            return False
        done['timer'] = GLib.timeout_add(timeout_ms, timed_out)
        self.view.call_async_javascript_function(source, -1, None, None, None, cancellable, finished)

    def sync_console(self, then):
        """Logs a marker from the page and calls `then()` once the web process has printed it (and all before it)."""
        self.driver.markers += 1
        marker = MARKER + str(self.driver.markers)
        self.driver.await_marker(marker, then)  # before logging it: the line may come before the answer

        def logged(_value, error):
            if error and self.driver.waiting.pop(marker, None):
                then('console: ' + error)
        self.evaluate('console.log(arg)', marker, SYNC_TIMEOUT_MS, logged)

    def close(self, then):
        """Destroys the view, then empties the store (cookies, caches, storage) and calls `then(error)`."""
        self.window.destroy()
        self.view = self.window = None
        manager = self.context.get_website_data_manager()

        def cleared(m, result):
            try:
                m.clear_finish(result)
                then(None)
            except GLib.Error as e:
                then('clearing the data store: %s' % e.message)
        manager.clear(WebKit2.WebsiteDataTypes.ALL, 0, None, cleared)


class Driver:
    def __init__(self):
        self.page, self.pages_made, self.markers, self.waiting = None, 0, 0, {}
        # One WebContext (one network process, started once) over an on-disk store: a page's data
        # is cleared when it closes, so the next page starts as a fresh profile would.
        self.dir = tempfile.mkdtemp(prefix='webkit-driver-')
        manager = WebKit2.WebsiteDataManager(base_data_directory=self.dir + '/data', base_cache_directory=self.dir + '/cache')
        self.context = WebKit2.WebContext.new_with_website_data_manager(manager)
        self.partial = b''
        self.stdin_buffer = b''
        GLib.io_add_watch(GLib.IOChannel.unix_new(_console_read), GLib.PRIORITY_HIGH, GLib.IO_IN | GLib.IO_HUP, self.on_stderr)
        GLib.io_add_watch(GLib.IOChannel.unix_new(0), GLib.PRIORITY_DEFAULT, GLib.IO_IN | GLib.IO_HUP, self.on_stdin)

    # --- the web processes' stderr -------------------------------------------------
    def on_stderr(self, _channel, _condition):
        chunk = os.read(_console_read, 65536)
        *lines, self.partial = (self.partial + chunk).split(b'\n')
        for raw in lines:
            self.take_line(raw.decode('utf-8', 'replace'))
        return bool(chunk) or bool(self.partial)

    def take_line(self, line):
        if DEBUG:
            REAL_STDERR.write('[web process] %s\n' % line)
        message = parse_console_line(line)
        if message and message['text'].startswith(MARKER) and message['source'] == 'CONSOLE-API':
            callback = self.waiting.pop(message['text'], None)
            return callback and callback(None)
        if message and self.page:
            self.page.lines.append(message)
        elif self.page and self.page.lines and not GLIB_LOG_LINE.match(line) and not message:
            # A message of several lines: WebKit prints it as is, newlines included.
            self.page.lines[-1]['text'] += '\n' + line
        else:
            REAL_STDERR.write(line + '\n')

    def await_marker(self, marker, then):
        def timed_out():
            if self.waiting.pop(marker, None):
                then('console: the marker did not arrive within %d ms' % SYNC_TIMEOUT_MS)
            return False
        GLib.timeout_add(SYNC_TIMEOUT_MS, timed_out)
        self.waiting[marker] = then

    # --- the protocol ----------------------------------------------------------------
    def on_stdin(self, _channel, _condition):
        chunk = os.read(0, 65536)
        if not chunk:
            self.quit()
            return False
        *lines, self.stdin_buffer = (self.stdin_buffer + chunk).split(b'\n')
        for line in lines:
            if line.strip():
                self.handle(line)
        return True

    def handle(self, line):
        try:
            request = json.loads(line)
        except ValueError as e:
            return self.answer(None, None, 'bad request line: %s' % e)
        rid = request.get('id')

        def reply(result, error=None):
            self.answer(rid, result, error)
        try:
            self.dispatch(request, reply)
        except Exception as e:  # a bad request is answered, never fatal
            reply(None, '%s: %s' % (type(e).__name__, e))

    def dispatch(self, request, reply):
        cmd = request.get('cmd')
        if cmd == 'quit':
            return reply(True) or self.quit()
        if cmd == 'new_page':
            if self.page:
                return reply(None, 'one page at a time per driver process (console lines are told apart by process)')
            self.pages_made += 1
            self.page = Page(self, self.pages_made)
            return reply({'page': self.page.id})
        page = self.page
        if not page or request.get('page') != page.id:
            return reply(None, 'no open page %r' % request.get('page'))
        if cmd == 'goto':
            page.goto(request['url'], int(request.get('timeoutMs', 15000)), reply)
        elif cmd == 'evaluate':
            page.evaluate(request['body'], request.get('arg'), int(request.get('timeoutMs', 30000)), reply)
        elif cmd == 'console':
            page.sync_console(lambda error: reply(list(page.lines), error))
        elif cmd == 'clear_console':
            page.sync_console(lambda error: (page.lines.clear(), reply(True, error)))
        elif cmd == 'cookie_policy':  # the store's, as WebKitGTK left it (answered once the page has loaded)
            cookies = page.context.get_website_data_manager().get_cookie_manager()
            cookies.get_accept_policy(None, lambda m, result: reply(m.get_accept_policy_finish(result).value_nick))
        elif cmd == 'close_page':
            self.page = None
            page.close(lambda error: reply(True, error))
        else:
            reply(None, 'unknown command %r' % cmd)

    def answer(self, rid, result, error):
        message = {'id': rid, 'ok': error is None}
        message['error' if error else 'result'] = error if error else result
        OUT.write(json.dumps(message) + '\n')
        OUT.flush()

    def quit(self):
        if self.page:
            self.page.window.destroy()
            self.page = None
        shutil.rmtree(self.dir, ignore_errors=True)
        Gtk.main_quit()


def main():
    driver = Driver()
    version = '%d.%d.%d' % (WebKit2.get_major_version(), WebKit2.get_minor_version(), WebKit2.get_micro_version())
    OUT.write(json.dumps({'ready': True, 'version': version}) + '\n')
    OUT.flush()
    Gtk.main()
    del driver
    if XVFB:
        XVFB.terminate()


if __name__ == '__main__':
    main()
