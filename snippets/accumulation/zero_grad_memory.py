# Why None is the default: between zero_grad() and the next backward() no gradient
# memory is held, and the next backward() simply STORES the gradient it computed.
# With zeros, the memory stays allocated and backward() must ADD into it.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(1024, 1024)  # 1024*1024 + 1024 float32 parameters
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.randn(8, 1024)
computed = {}  # identity of the gradient buffer that backward() computed for the weight
model.weight.register_hook(lambda g: computed.update(ptr=g.data_ptr()))


def grad_kib():
    return sum(p.grad.numel() * p.grad.element_size() for p in model.parameters() if p.grad is not None) // 1024


for set_to_none in (True, False):
    model(x).sum().backward()
    optimizer.zero_grad(set_to_none=set_to_none)
    print(f"set_to_none={set_to_none}: gradient memory held after zero_grad(): {grad_kib()} KiB")
    left = None if model.weight.grad is None else model.weight.grad.data_ptr()
    model(x).sum().backward()
    print("  after the next backward(), .grad is")
    print("    the tensor backward() computed:", model.weight.grad.data_ptr() == computed["ptr"])
    print("    the zero-filled tensor, added into:", model.weight.grad.data_ptr() == left)
