#!/usr/bin/python3
"""A stand-in for the agent's chat or ticket window in the paste end-to-end test.

One text field with the keyboard focus. It pastes on Ctrl+V from the X CLIPBOARD through Tk's own
binding, as a real application would. Whenever the file OUT.request appears, it writes the field's
text to OUT (through a temporary file, so the test never reads half of it) and removes the request.

Usage: paste_target.py OUT
"""

import os
import sys
import tkinter

out = sys.argv[1]
root = tkinter.Tk()
root.title("Paste target")
root.geometry("520x240+20+20")
field = tkinter.Text(root)
field.pack(fill="both", expand=True)
field.focus_set()


def answer_requests():
    request = out + ".request"
    if os.path.exists(request):
        temporary = out + ".tmp"
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(field.get("1.0", "end-1c"))
        os.replace(temporary, out)
        os.remove(request)
    root.after(50, answer_requests)


root.after(50, answer_requests)
root.mainloop()
