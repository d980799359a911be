# Reads a Python script from /job/in/script.py and prints, as JSON, what in it cannot work in Penny's sandbox.
# It only parses (ast); the script is never run here. A helpful early refusal, not the security boundary.
import ast
import json

NO_PROCESSES = "starting other programs or processes is not possible in the sandbox"
NO_NETWORK = "the sandbox has no network"
NO_NATIVE = "loading native code through a foreign-function interface is not allowed in the sandbox"

BLOCKED_MODULES = {
    "subprocess": NO_PROCESSES,
    "multiprocessing": NO_PROCESSES,
    "pty": NO_PROCESSES,
    "socket": NO_NETWORK,
    "socketserver": NO_NETWORK,
    "ssl": NO_NETWORK,
    "http.client": NO_NETWORK,
    "http.server": NO_NETWORK,
    "urllib.request": NO_NETWORK,
    "ftplib": NO_NETWORK,
    "smtplib": NO_NETWORK,
    "poplib": NO_NETWORK,
    "imaplib": NO_NETWORK,
    "telnetlib": NO_NETWORK,
    "xmlrpc": NO_NETWORK,
    "requests": NO_NETWORK,
    "urllib3": NO_NETWORK,
    "httpx": NO_NETWORK,
    "aiohttp": NO_NETWORK,
    "ctypes": NO_NATIVE,
    "cffi": NO_NATIVE,
}

BLOCKED_OS = {"system", "popen", "fork", "forkpty", "kill", "killpg", "startfile"}
BLOCKED_OS_PREFIXES = ("exec", "spawn", "posix_spawn")


def blocked_module(name):
    """The reason a module (or a parent package of it) is refused, else None."""
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        reason = BLOCKED_MODULES.get(".".join(parts[:end]))
        if reason:
            return ".".join(parts[:end]), reason
    return None


def blocked_os_function(name):
    return name in BLOCKED_OS or name.startswith(BLOCKED_OS_PREFIXES)


def check(source):
    try:
        tree = ast.parse(source, filename="script.py")
    except SyntaxError as error:
        return [{"line": error.lineno or 1, "message": f"syntax error: {error.msg}"}]
    problems = []
    os_names = set()

    def refuse(node, message):
        problems.append({"line": getattr(node, "lineno", 1), "message": message})

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                found = blocked_module(alias.name)
                if found:
                    refuse(node, f'import of "{found[0]}": {found[1]}')
                if alias.name == "os":
                    os_names.add(alias.asname or "os")
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found = blocked_module(node.module)
            if found:
                refuse(node, f'import from "{found[0]}": {found[1]}')
            for alias in node.names:
                found = blocked_module(f"{node.module}.{alias.name}")
                if found and not blocked_module(node.module):
                    refuse(node, f'import of "{found[0]}": {found[1]}')
                if node.module == "os" and blocked_os_function(alias.name):
                    refuse(node, f'"os.{alias.name}": {NO_PROCESSES}')
        elif isinstance(node, ast.Call):
            function = node.func
            dynamic = (isinstance(function, ast.Name) and function.id == "__import__") or (
                isinstance(function, ast.Attribute) and function.attr == "import_module"
            )
            if dynamic and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                found = blocked_module(node.args[0].value)
                if found:
                    refuse(node, f'import of "{found[0]}": {found[1]}')

    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in os_names
            and blocked_os_function(node.attr)
        ):
            refuse(node, f'"os.{node.attr}": {NO_PROCESSES}')

    unique = {(problem["line"], problem["message"]): problem for problem in problems}
    return sorted(unique.values(), key=lambda problem: (problem["line"], problem["message"]))


with open("/job/in/script.py", encoding="utf-8", errors="replace") as handle:
    print(json.dumps(check(handle.read())))
