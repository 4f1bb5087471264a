# The operations that the torch.use_deterministic_algorithms page
# lists as nondeterministic, run on CPU tensors in deterministic
# mode: forward, then backward. Which ones refuse, and where?
import warnings

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


def refused(error):  # any other error is a bug: let it through
    if "does not have a deterministic" not in str(error):
        raise error


def img(*shape):
    return torch.randn(*shape, requires_grad=True)


def unpool():
    out, ind = F.max_pool2d(img(1, 1, 4, 4), 2, return_indices=True)
    return F.max_unpool2d(out, ind, 2)


def quantized_resize():  # no gradient: quantized tensors have none
    with warnings.catch_warnings():  # quantized dtypes are deprecated
        warnings.simplefilter("ignore")
        q = torch.quantize_per_tensor(torch.zeros(4), 0.1, 0, torch.qint8)
    return q.resize_(8)


i3 = torch.tensor([0, 0, 1])
cases = {
    "AvgPool3d": lambda: nn.AvgPool3d(2)(img(1, 1, 4, 4, 4)),
    "AdaptiveAvgPool2d": lambda: F.adaptive_avg_pool2d(img(1, 1, 5, 5), 3),
    "AdaptiveMaxPool2d": lambda: F.adaptive_max_pool2d(img(1, 1, 5, 5), 3),
    "FractionalMaxPool2d": lambda: nn.FractionalMaxPool2d(
        2, output_size=3)(img(1, 1, 6, 6)),
    "MaxPool3d": lambda: nn.MaxPool3d(2)(img(1, 1, 4, 4, 4)),
    "MaxUnpool2d": unpool,
    "interpolate bilinear": lambda: F.interpolate(
        img(1, 1, 4, 4), scale_factor=2, mode="bilinear"),
    "ReflectionPad2d": lambda: nn.ReflectionPad2d(1)(img(1, 1, 4, 4)),
    "ReplicationPad2d": lambda: nn.ReplicationPad2d(1)(img(1, 1, 4, 4)),
    "grid_sample": lambda: F.grid_sample(
        img(1, 1, 4, 4), torch.rand(1, 3, 3, 2) * 2 - 1,
        align_corners=False),
    "NLLLoss": lambda: F.nll_loss(img(3, 4), torch.tensor([0, 1, 2])),
    "CTCLoss": lambda: F.ctc_loss(
        img(5, 1, 3).log_softmax(2), torch.tensor([[1, 2]]), [5], [2]),
    "EmbeddingBag max": lambda: F.embedding_bag(
        torch.tensor([[0, 1], [1, 2]]), img(4, 3), mode="max"),
    "cumsum": lambda: img(5).cumsum(0),
    "median": lambda: img(5).median(0).values,
    "scatter_reduce prod": lambda: torch.ones(5).scatter_reduce(
        0, i3, img(3), "prod"),
    "index_copy": lambda: torch.zeros(4, requires_grad=True).index_copy(
        0, torch.tensor([0, 1]), img(2)),
    "put_ accumulate=False": lambda: torch.zeros(4).put_(
        torch.tensor([0, 2]), img(2)),
    "resize_ quantized": quantized_resize,
}

was_on = torch.are_deterministic_algorithms_enabled()
was_warn_only = torch.is_deterministic_algorithms_warn_only_enabled()
try:
    torch.use_deterministic_algorithms(True)
    for name, forward in cases.items():
        try:
            y = forward()
        except RuntimeError as e:
            refused(e)
            print(f"{name:21s} forward refused")
            continue
        try:
            y.sum().backward()
        except RuntimeError as e:
            refused(e)
            print(f"{name:21s} backward refused")
            continue
        print(f"{name:21s} runs")
finally:
    torch.use_deterministic_algorithms(was_on, warn_only=was_warn_only)
