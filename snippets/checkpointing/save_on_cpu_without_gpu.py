# save_on_cpu is a pair of saved-tensor hooks: pack copies a saved
# tensor to the CPU, unpack moves it back to the device it came from.
# On a machine without a GPU there is nothing to move.
import torch
from torch.autograd.graph import save_on_cpu, saved_tensors_hooks

torch.manual_seed(0)
x = torch.randn(256, 256, requires_grad=True)
print("subclass of saved_tensors_hooks:", issubclass(save_on_cpu, saved_tensors_hooks))
print("CUDA available:", torch.cuda.is_available())


def same_memory(a, b):
    return a.untyped_storage().data_ptr() == b.untyped_storage().data_ptr()


for pin in (False, True):
    with save_on_cpu(pin_memory=pin):
        y = x.sin()  # sin saves its input x for the derivative cos(x)
    kept = y.grad_fn._saved_self  # runs unpack
    print(f"pin_memory={pin}:")
    print("  saved tensor shares x's memory:", same_memory(kept, x))
    print("  device:", kept.device, "| pinned:", kept.is_pinned())
    y.sum().backward()
    print("  x.grad == cos(x):", torch.equal(x.grad, x.cos()))
    x.grad = None
