# log(softmax(z)) when a probability underflows to 0: its log is
# -inf, and backward meets 0 * inf. log_softmax computes the same
# quantity without ever forming the 0.
import torch

z = torch.tensor([0.0, 200.0], requires_grad=True)
p = torch.softmax(z, dim=0)
print("softmax:", p.tolist())  # exp(-200) underflows float32

y = p.log()
y[1].backward()
print("log(softmax):", y.tolist(), " grad", z.grad.tolist())

z.grad = None
y = torch.log_softmax(z, dim=0)
y[1].backward()
print("log_softmax: ", y.tolist(), " grad", z.grad.tolist())
