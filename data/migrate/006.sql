-- Version 6: whom the act favoured, a (bakal) candidate or a political
-- party (kosakata sasaran).  NULL is a candidate, what every earlier case
-- was classified as.

ALTER TABLE kasus ADD COLUMN sasaran TEXT;
