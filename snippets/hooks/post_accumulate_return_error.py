# A post-accumulate-grad hook may change .grad in place, but must
# return None. clamp_() returns its tensor, and so does the lambda.
import torch

p = torch.tensor([0.5, 3.0], requires_grad=True)
p.register_post_accumulate_grad_hook(lambda t: t.grad.clamp_(-1.0, 1.0))
(p * p).sum().backward()
