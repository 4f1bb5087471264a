# A hook fires once per backward call that reaches its tensor, with
# the total gradient of that call, however many times the tensor was
# used. Two calls on a retained graph: two firings.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
seen = []
x.register_hook(lambda grad: seen.append(grad.tolist()))
x.register_post_accumulate_grad_hook(
    lambda p: print("post-accumulate sees .grad", p.grad.tolist())
)

loss = (2 * x + 3 * x).sum()  # x is used twice
loss.backward(retain_graph=True)
loss.backward()
print("tensor hook calls:", len(seen))
print("each saw:", seen)
