# An exception raised inside a thread does not reach the thread that
# started it. Here two threads backward through one shared graph
# without retain_graph; join() after each start fixes their order.
import threading

import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
h = w.exp()  # shared; ExpBackward0 saves its result
errors = []


def step(c):
    try:
        (h * c).sum().backward()  # frees h's saved tensor
    except RuntimeError as e:
        errors.append(e)  # keep it for the main thread


for c in (1.0, 2.0):
    t = threading.Thread(target=step, args=(c,))
    t.start()
    t.join()

print("errors caught in threads:", len(errors))
print("w.grad == exp(w), one contribution:",
      torch.equal(w.grad, w.detach().exp()))
raise errors[0]  # the main thread carries on unless you re-raise
