# Why a gradient scaler exists: small gradients underflow to 0 in float16.
# bfloat16 keeps float32's exponent range, so it does not underflow there.
import torch

tiny_grad = torch.tensor(1e-8)  # a small but real gradient value
for dtype in (torch.float16, torch.bfloat16, torch.float32):
    info = torch.finfo(dtype)
    print(f"{str(dtype):15} max = {info.max:.5g}, smallest normal = {info.tiny:.3g}, "
          f"1e-8 becomes 0: {tiny_grad.to(dtype).item() == 0.0}")

scaled = (tiny_grad * 2.0**16).to(torch.float16)  # what GradScaler does first
back = scaled.float() / 2.0**16  # what unscale_ does, in float32
print(f"float16 of 1e-8 * 2**16 = {scaled.item():.3g}; divided back in float32: {back.item():.3g}")
