namespace CapConduit.Persistence.CallRecords;

public enum AttemptResult
{
    Answered,
    Busy,
    NoAnswer,
    Failed,
    Abandoned,
}
