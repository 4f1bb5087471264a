# The grad mode belongs to the thread that set it. A thread started
# inside a no_grad or inference_mode block begins with recording on,
# and a mode switched off in a thread does not reach the main thread.
import threading

import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
seen = {}


def check(name):
    seen[name] = (torch.is_grad_enabled(), (w * 2).grad_fn is not None)


def worker(name, switch_off=False):
    if switch_off:
        torch.set_grad_enabled(False)  # this thread only; it ends here
    check(name)


def in_thread(name, switch_off=False):
    t = threading.Thread(target=worker, args=(name, switch_off))
    t.start()
    t.join()  # wait, so that the order of the lines is fixed


with torch.no_grad():
    in_thread("thread from no_grad")
    check("main, in no_grad")
with torch.inference_mode():
    in_thread("thread from inference")
in_thread("thread switched off", switch_off=True)
check("main, afterwards")

for name, (enabled, recorded) in seen.items():
    print(f"{name:21s} grad mode={enabled!s:5} recorded={recorded}")
