import { describe, expect, it } from "vitest";
import { checkPythonScript } from "./check-python-script.ts";

describe("checkPythonScript", () => {
  it("lets ordinary analysis through", async () => {
    const script = [
      "import os, json, math",
      "import numpy as np",
      "import pandas as pd",
      "import matplotlib.pyplot as plt",
      "from urllib.parse import quote",
      "print(os.listdir('in'), os.path.join('out', 'x.png'))",
    ].join("\n");
    expect(await checkPythonScript(script)).toEqual([]);
  });

  it("refuses processes, sockets, network clients and ctypes, naming each line", async () => {
    const script = [
      "import subprocess",
      "from socket import create_connection",
      "import os as system_calls",
      "system_calls.system('id')",
      "from os import execv, path",
      "import ctypes.util",
      "from multiprocessing import Pool",
      "from urllib import request",
      "__import__('socket')",
      "os.fork()",
    ].join("\n");
    expect(await checkPythonScript(script)).toEqual([
      {
        line: 1,
        message:
          'import of "subprocess": starting other programs or processes is not possible in the sandbox',
      },
      { line: 2, message: 'import from "socket": the sandbox has no network' },
      {
        line: 4,
        message: '"os.system": starting other programs or processes is not possible in the sandbox',
      },
      { line: 5, message: '"os.execv": starting other programs or processes is not possible in the sandbox' },
      {
        line: 6,
        message:
          'import of "ctypes": loading native code through a foreign-function interface is not allowed in the sandbox',
      },
      {
        line: 7,
        message:
          'import from "multiprocessing": starting other programs or processes is not possible in the sandbox',
      },
      { line: 8, message: 'import of "urllib.request": the sandbox has no network' },
      { line: 9, message: 'import of "socket": the sandbox has no network' },
    ]);
  });

  it("reports a syntax error with its line instead of running", async () => {
    expect(await checkPythonScript("x = 1\nprint((x)\n")).toEqual([
      { line: 2, message: "syntax error: '(' was never closed" },
    ]);
  });
});
