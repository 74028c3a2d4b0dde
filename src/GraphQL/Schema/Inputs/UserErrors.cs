using CapConduit.Api.Schema.Errors;

namespace CapConduit.Api.Schema.Inputs;

/// <summary>Collects the validation failures of one mutation input.</summary>
public sealed class UserErrors
{
    private readonly List<UserError> _errors = [];

    public IReadOnlyList<UserError> All => _errors;

    public bool Any => _errors.Count > 0;

    public void Add(string code, string message, IReadOnlyList<string> field) => _errors.Add(new UserError(code, message, field));

    /// <summary>Checks a text field that was given: required when <paramref name="required"/>, at most <paramref name="maxLength"/> chars.</summary>
    public void Text(InputFields input, string name, int maxLength, bool required)
    {
        if (!input.Has(name))
            return;
        var value = input.Text(name);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
                Add("REQUIRED", $"{name} must not be empty.", input.PathOf(name));
        }
        else if (value.Length > maxLength)
        {
            Add("INVALID_VALUE", $"{name} is {value.Length} characters long; the maximum is {maxLength}.", input.PathOf(name));
        }
    }

    /// <summary>Checks an integer field that was given against an inclusive range (null allowed only when <paramref name="nullable"/>).</summary>
    public void Range(InputFields input, string name, int min, int max, bool nullable = false)
    {
        if (!input.Has(name))
            return;
        var value = input.Int(name);
        if (value is null)
        {
            if (!nullable)
                Add("REQUIRED", $"{name} must not be null.", input.PathOf(name));
        }
        else if (value < min || value > max)
        {
            var range = max == int.MaxValue ? $"at least {min}" : $"between {min} and {max}";
            Add("INVALID_VALUE", $"{name} is {value}; it must be {range}.", input.PathOf(name));
        }
    }
}
