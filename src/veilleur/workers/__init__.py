"""The daily job as steps, and on many workers through a PostgreSQL job queue (Procrastinate).

`steps`: one step per stage (pending → stage → save), used by the in-process runner and the jobs.
`scope`: the store as one job sees it. `jobs`: the Procrastinate tasks. `worker`: a worker
process (reaper of stalled jobs, reconnection). `status`: jobs per stage.
"""
