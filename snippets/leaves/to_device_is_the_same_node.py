# A dtype change and a device change are the same operation,
# aten::_to_copy, recorded as ToCopyBackward0 above the original leaf.
# This machine has no GPU: the "meta" device (shapes, no data; in
# every build) stands in for "cuda" as a real change of device.
import torch

w0 = torch.zeros(3, requires_grad=True)  # float32, on the CPU
copies = {
    "to(float64)": w0.to(torch.float64),
    "double()": w0.double(),
    "half()": w0.half(),
    'to("meta")': w0.to("meta"),
    'to("cpu:0")': w0.to("cpu:0"),  # "cpu:0" is not "cpu"
}
for name, copy in copies.items():
    below = type(copy.grad_fn.next_functions[0][0]).__name__
    print(f"{name:12} {type(copy.grad_fn).__name__} -> {below}")

# Nothing to convert: .to() returns the tensor itself, the leaf.
same = {
    'to("cpu")': w0.to("cpu"),
    "cpu()": w0.cpu(),
    "float()": w0.float(),
}
for name, result in same.items():
    print(f"{name:12} is w0: {result is w0} | is_leaf: {result.is_leaf}")
