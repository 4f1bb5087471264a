# Backward calls from several threads into ONE leaf. Every addition
# into w.grad is kept: the result is the exact sum, because the
# contributions are small integers (exact in float32 in any order).
import threading

import torch

w = torch.zeros(3, requires_grad=True)
ran_in = set()
w.register_hook(lambda g: ran_in.add(threading.current_thread().name))


def own_graph(c):  # each call records and frees its own graph
    for _ in range(50):
        (w * c).sum().backward()


h = w * 2  # recorded once, in the main thread: a shared graph


def shared_graph(c):  # retain_graph: the others still need it
    for _ in range(50):
        (h * c).sum().backward(retain_graph=True)


jobs = [(f, c) for f in (own_graph, shared_graph)
        for c in (1.0, 2.0, 3.0)]
threads = [threading.Thread(target=f, args=(c,), name="worker")
           for f, c in jobs]
for t in threads:
    t.start()
for t in threads:
    t.join()

# own graphs: 50 * (1 + 2 + 3) = 300; shared: 50 * 2 * 6 = 600
expected = torch.full((3,), 900.0)
print("threads alive:", sum(t.is_alive() for t in threads))
print("w.grad == 900 everywhere:", torch.equal(w.grad, expected))
print("hooks ran in the calling threads:", ran_in == {"worker"})
