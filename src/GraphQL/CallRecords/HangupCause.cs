using GraphQL.Types;

namespace CapConduit.Api.CallRecords;

/// <summary>A Q.850 cause as Asterisk reported it; null on a record when no cause was recorded.</summary>
public sealed record HangupCause(int Code, string? Text)
{
    public static HangupCause? From(int? code, string? text) => code is { } c ? new HangupCause(c, text) : null;
}

/// <summary>GraphQL type of <see cref="HangupCause"/>.</summary>
public sealed class HangupCauseType : ObjectGraphType<HangupCause>
{
    public HangupCauseType()
    {
        Name = "HangupCause";
        // https://www.itu.int/rec/T-REC-Q.850 (cause values), as Asterisk names them.
        Description = "The Q.850 hangup cause of a call or attempt.";
        Field(c => c.Code).Description("Q.850 cause code, e.g. 16 (normal clearing) or 17 (user busy).");
        Field(c => c.Text, nullable: true).Description("Asterisk's text for the cause, e.g. NORMAL_CLEARING.");
    }
}
