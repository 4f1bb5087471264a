# A post-accumulate-grad hook waits for .grad to be written, and
# only leaves have their .grad written.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
h = w * 2  # a non-leaf
h.register_post_accumulate_grad_hook(lambda t: None)
