# A reproducible way to compute gradients in threads: each thread
# returns its own gradient with torch.autograd.grad (nothing is added
# into a shared .grad), and the main thread sums them in a fixed order.
import threading

import torch

torch.manual_seed(0)
w = torch.randn(1000, requires_grad=True)
batches = [torch.randn(1000) for _ in range(4)]


def loss_of(x):
    return (torch.tanh(w * x) ** 2).sum()


def threaded_grad():
    results = [None] * len(batches)

    def work(i):
        (results[i],) = torch.autograd.grad(loss_of(batches[i]), w)

    threads = [threading.Thread(target=work, args=(i,))
               for i in range(len(batches))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results[0] + results[1] + results[2] + results[3]


first, second = threaded_grad(), threaded_grad()
print("two threaded runs bitwise equal:", torch.equal(first, second))
for x in batches:  # the same sums in the same order, one thread
    loss_of(x).backward()
print("equal to sequential backward calls:", torch.equal(first, w.grad))
