# A tensor created under inference_mode is an "inference tensor": it can never
# take part in a recorded computation that must save it for backward.
import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
with torch.inference_mode():
    features = w * 2  # an inference tensor

print("features.is_inference():", features.is_inference())
loss = (features * w).sum()  # w * features saves features for dloss/dw
