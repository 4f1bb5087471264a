# Clipping each parameter's gradient in a hook. A tensor hook clips
# the gradient of ONE backward call; with two calls accumulating,
# .grad can end above the limit. A post-accumulate hook clips .grad
# itself, the running total, after each call.
import torch

limit = 1.0
p = torch.tensor([0.5, 3.0], requires_grad=True)
p.register_hook(lambda g: g.clamp(-limit, limit))
for _ in range(2):  # two micro-batches, gradient [0.5, 3] each
    (p * torch.tensor([0.5, 3.0])).sum().backward()
print("tensor hook, .grad:      ", p.grad.tolist())

q = torch.tensor([0.5, 3.0], requires_grad=True)


def clip_grad(t):  # modifying t.grad in place is the documented use
    t.grad.clamp_(-limit, limit)  # and the hook must return None


q.register_post_accumulate_grad_hook(clip_grad)
for _ in range(2):
    (q * torch.tensor([0.5, 3.0])).sum().backward()
print("post-accumulate, .grad:  ", q.grad.tolist())

# It clips after EVERY call: with gradients 3, then -2.5, it ends at
# -1, where clipping the sum 0.5 once would leave 0.5.
r = torch.tensor([0.0], requires_grad=True)
r.register_post_accumulate_grad_hook(clip_grad)
for g in (3.0, -2.5):
    (r * g).sum().backward()
print("3 then -2.5, .grad:      ", r.grad.tolist())
