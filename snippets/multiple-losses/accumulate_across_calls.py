# Two losses share one branch; each backward() call ADDS into w.grad.
# Numbers of test4 of the "Understanding gradients" post (see Sources):
# 48 after the first call, 60 after the second.
import torch
import torch.nn.functional as F

w = torch.tensor(1.0, requires_grad=True)
y1 = 2 * w + 1  # 3, shared by both losses
y2 = 2 * y1  # 6
y3 = -1 * y1  # -3
loss2 = F.mse_loss(y2, torch.tensor(0.0))  # 36, d/dw = 2*y2*2*2 = 48
loss3 = F.mse_loss(y3, torch.tensor(0.0))  # 9,  d/dw = 2*y3*(-1)*2 = 12

print("before any backward:", w.grad)
loss2.backward(retain_graph=True)  # keep the shared part of the graph for loss3
print("after loss2.backward():", w.grad.item())
loss3.backward()  # the last call may free the graph
print("after loss3.backward():", w.grad.item())

optimizer = torch.optim.SGD([w], lr=1.0)
optimizer.step()  # w <- w - lr * w.grad = 1 - 60
print("w after one SGD step:", w.item())

# The diagram on the page: the grad_fn graph of these tensors, walked after this run.
# graph: loss2, loss3
