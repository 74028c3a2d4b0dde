namespace CapConduit.Persistence.CallRecords;

public enum Disposition
{
    Answered,
    NoAnswer,
    Busy,
    Failed,
    Rejected,
    Abandoned,
}
