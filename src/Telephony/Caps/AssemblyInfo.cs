using System.Runtime.CompilerServices;

// The tests exercise the script runner's NOSCRIPT fallback directly.
[assembly: InternalsVisibleTo("CapConduit.Telephony.Tests")]
