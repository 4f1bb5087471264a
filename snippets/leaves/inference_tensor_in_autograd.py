# A tensor created under inference_mode is an "inference tensor": it may enter a
# recorded computation only where nothing must save it for backward. An addition
# saves nothing and works; a multiplication by w must save it, and is refused.
import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
with torch.inference_mode():
    features = w * 2  # an inference tensor

print("features.is_inference():", features.is_inference())
(features + w).sum().backward()  # d/dw of features + w needs no saved tensor
print("(features + w).sum().backward() works: w.grad =", w.grad.tolist())
loss = (features * w).sum()  # w * features saves features for dloss/dw
