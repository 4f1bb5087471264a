# Why .data is discouraged: an in-place change made through .data is invisible to
# autograd, so a gradient that needs the old value comes out silently wrong.
import torch

a = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
b = a.exp()  # ExpBackward0 saves its OUTPUT b, since d exp(a)/da = exp(a) = b
print("correct gradient, exp(a):", [round(v, 4) for v in b.tolist()])

b.data.zero_()  # modifies the saved tensor behind autograd's back
b.sum().backward()  # no error...
print("gradient after b.data.zero_():", a.grad.tolist())  # ...and a wrong result
